(function (w) {
  // DiffKernel: plotly.js, shipped inside the kernel (no network), gzip-compressed and base64-encoded.
  // It runs once per page: later plots wait in dk.queue until it is ready.
  var dk = w.__diffkernel = w.__diffkernel || {queue: [], plotly: null, loading: false};
  if (dk.plotly || dk.loading) { return; }
  if (!w.DecompressionStream || !w.Response || !w.Blob || !w.atob) {
    if (w.console) { w.console.warn('DiffKernel: this browser cannot unpack plotly.js; plots stay static pictures'); }
    return;
  }
  dk.loading = true;
  var packed = '@BUNDLE@';
  var raw = w.atob(packed);
  var bytes = new Uint8Array(raw.length);
  for (var i = 0; i < raw.length; i++) { bytes[i] = raw.charCodeAt(i); }
  new w.Response(new w.Blob([bytes]).stream().pipeThrough(new w.DecompressionStream('gzip'))).text().then(function (code) {
    var before = w.Plotly;
    var script = w.document.createElement('script');
    // define, require, module and exports are hidden so that plotly's UMD wrapper sets window.Plotly
    // instead of registering an AMD module with RequireJS (classic Notebook has it on the page).
    script.text = '(function (define, require, module, exports) {\n' + code + '\n}).call(window);';
    w.document.head.appendChild(script);
    var plotly = w.Plotly;
    if (before !== undefined && before !== plotly) { w.Plotly = before; }
    dk.loading = false;
    if (!plotly || !plotly.newPlot) { throw new Error('plotly.js did not define Plotly'); }
    dk.plotly = plotly;
    var waiting = dk.queue;
    dk.queue = [];
    for (var k = 0; k < waiting.length; k++) { waiting[k](plotly); }
  }).catch(function (e) {
    dk.loading = false;
    if (w.console) { w.console.warn('DiffKernel: plotly.js could not be loaded; plots stay static pictures', e); }
  });
})(window);
