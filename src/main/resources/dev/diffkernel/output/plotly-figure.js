(function (w) {
  var dk = w.__diffkernel = w.__diffkernel || {queue: [], plotly: null, loading: false};
  var id = '@ID@';
  var figure = @FIGURE@;
  function draw(Plotly, tries) {
    // Classic Notebook runs this before the output is in the document: wait for the element.
    var box = w.document.getElementById(id);
    if (!box) {
      if (tries < 200) { w.setTimeout(function () { draw(Plotly, tries + 1); }, 50); }
      return;
    }
    if (box.getAttribute('data-dk-drawn')) { return; }
    box.setAttribute('data-dk-drawn', '1');
    var target = w.document.createElement('div');
    target.className = 'dk-plotly';
    box.insertBefore(target, box.firstChild);
    Plotly.newPlot(target, figure.data, figure.layout, figure.config).then(function () {
      return figure.frames ? Plotly.addFrames(target, figure.frames) : null;
    }).then(function () {
      var pictures = box.querySelectorAll('.dk-static');
      for (var i = 0; i < pictures.length; i++) { pictures[i].style.display = 'none'; }
      @EVENTS@
    }, function (e) {
      box.removeChild(target);
      box.removeAttribute('data-dk-drawn');
      if (w.console) { w.console.warn('DiffKernel: plotly could not draw ' + id, e); }
    });
  }
  function ready(Plotly) { draw(Plotly, 0); }
  if (dk.plotly) {
    ready(dk.plotly);
  } else if (!dk.loading && w.Plotly && w.Plotly.newPlot) {
    ready(w.Plotly);
  } else {
    dk.queue.push(ready);
  }
})(window);
