package dev.diffkernel.render;

import dev.diffkernel.common.Html;
import dev.diffkernel.plots.Plots;

import dev.diffkernel.calc.DiffErrors;
import dev.diffkernel.calc.Fn;
import dev.diffkernel.calc.NumericalDerivative;
import dev.diffkernel.calc.NumericalGradient;
import dev.diffkernel.common.Numbers;
import dev.diffkernel.calc.Steps;
import dev.diffkernel.output.TableView;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * How the calculus types show in a notebook: functions and derivatives as typeset formulas,
 * numerical estimates beside the exact value, derivation steps as aligned equations. Every one
 * with a text/plain twin.
 */
final class CalculusRenderers {
    private CalculusRenderers() {}

    static void register(Renderer renderer) {
        renderer.createRegistration(Fn.class)
                .preferring(MIMEType.TEXT_LATEX, MIMEType.TEXT_HTML).supporting(MIMEType.TEXT_PLAIN)
                .register((f, context) -> {
                    // MathML reads with JavaScript off, where text/latex would stay raw
                    context.renderIfRequested(MIMEType.TEXT_HTML, () -> f.toMathml()
                            + (f.note().isEmpty() ? "" : " <span style=\"color:#666\">(" + dev.diffkernel.common.Html.escape(f.note())
                            + ")</span>"));
                    // the note goes inside the $…$: outside it, \text{…} shows as raw LaTeX
                    context.renderIfRequested(MIMEType.TEXT_LATEX, () -> "$" + f.toLatex()
                            + (f.note().isEmpty() ? "" : "\\quad\\text{(" + f.note() + ")}") + "$");
                    context.renderIfRequested(MIMEType.TEXT_PLAIN, f::toString);
                });
        renderer.createRegistration(Fn.Gradient.class)
                .preferring(MIMEType.TEXT_LATEX).supporting(MIMEType.TEXT_PLAIN)
                .register((g, context) -> {
                    context.renderIfRequested(MIMEType.TEXT_LATEX, () -> "$$" + g.toLatex() + "$$");
                    context.renderIfRequested(MIMEType.TEXT_PLAIN, g::toString);
                });
        renderer.createRegistration(Fn.Hessian.class)
                .preferring(MIMEType.TEXT_LATEX).supporting(MIMEType.TEXT_PLAIN)
                .register((h, context) -> {
                    context.renderIfRequested(MIMEType.TEXT_LATEX, () -> "$$" + h.toLatex() + "$$");
                    context.renderIfRequested(MIMEType.TEXT_PLAIN, h::toString);
                });
        renderer.createRegistration(Steps.class)
                .preferring(MIMEType.TEXT_LATEX).supporting(MIMEType.TEXT_PLAIN)
                .register((steps, context) -> {
                    context.renderIfRequested(MIMEType.TEXT_LATEX, () -> "$$" + steps.toLatex() + "$$");
                    context.renderIfRequested(MIMEType.TEXT_PLAIN, steps::toString);
                });
        renderer.createRegistration(NumericalDerivative.class)
                .preferring(MIMEType.TEXT_HTML).supporting(MIMEType.TEXT_PLAIN)
                .register((d, context) -> {
                    context.renderIfRequested(MIMEType.TEXT_HTML, () -> derivativeHtml(d));
                    context.renderIfRequested(MIMEType.TEXT_PLAIN, d::toString);
                });
        renderer.createRegistration(NumericalGradient.class)
                .preferring(MIMEType.TEXT_HTML).supporting(MIMEType.TEXT_PLAIN)
                .register((g, context) -> {
                    context.renderIfRequested(MIMEType.TEXT_HTML, () -> gradientHtml(g));
                    context.renderIfRequested(MIMEType.TEXT_PLAIN, g::toString);
                });
        renderer.createRegistration(DiffErrors.class)
                .preferring(MIMEType.TEXT_HTML).supporting(MIMEType.TEXT_PLAIN)
                .register((errors, context) -> {
                    context.renderIfRequested(MIMEType.TEXT_HTML, () -> "<p>" + Html.escape(errors.function().toString())
                            + ", x = " + Numbers.written(errors.x()) + ", exact derivative " + errors.exact() + "</p>"
                            + TableView.of(errors.table()).html()
                            + context.getRenderer().render(Plots.plot(errors)).getData(MIMEType.TEXT_HTML));
                    context.renderIfRequested(MIMEType.TEXT_PLAIN, errors::toString);
                });
    }

    private static final String CELL = "<td style=\"padding:2px 10px;text-align:right;font-family:monospace\">";

    private static String derivativeHtml(NumericalDerivative d) {
        StringBuilder html = new StringBuilder("<table style=\"border-collapse:collapse\"><tr>"
                + "<th style=\"padding:2px 10px\">" + Html.escape(d.function().name()) + "'(" + Numbers.written(d.x()) + ")</th>"
                + "<th style=\"padding:2px 10px\">method</th>");
        OptionalDouble exact = d.exact();
        if (exact.isPresent()) {
            html.append("<th style=\"padding:2px 10px\">exact</th><th style=\"padding:2px 10px\">error</th>");
        }
        html.append("</tr><tr>").append(CELL).append("<b>").append(d.value()).append("</b></td>")
                .append("<td style=\"padding:2px 10px\">").append(Html.escape(d.scheme().description()))
                .append(d.scheme() == NumericalDerivative.Scheme.RICHARDSON ? "" : ", h = " + Numbers.step(d.step())).append("</td>");
        if (exact.isPresent()) {
            html.append(CELL).append(exact.getAsDouble()).append("</td>").append(CELL)
                    .append(String.format(java.util.Locale.ROOT, "%.2e", d.value() - exact.getAsDouble())).append("</td>");
        }
        return html.append("</tr></table>").toString();
    }

    private static String gradientHtml(NumericalGradient g) {
        double[] exact = g.exact().orElse(null);
        StringBuilder html = new StringBuilder("<table style=\"border-collapse:collapse\"><tr><th style=\"padding:2px 10px\">variable</th>"
                + "<th style=\"padding:2px 10px\">numerical (central, h = " + Numbers.step(g.step()) + ")</th>"
                + (exact == null ? "" : "<th style=\"padding:2px 10px\">exact</th>") + "</tr>");
        double[] values = g.values();
        for (int i = 0; i < values.length; i++) {
            html.append("<tr><td style=\"padding:2px 10px\">∂").append(Html.escape(g.function().name())).append("/∂")
                    .append(Html.escape(g.function().variables().get(i))).append("</td>").append(CELL).append(values[i]).append("</td>");
            if (exact != null) {
                html.append(CELL).append(exact[i]).append("</td>");
            }
            html.append("</tr>");
        }
        return html.append("</table><p style=\"font-family:monospace\">").append(Arrays.toString(values)).append("</p>").toString();
    }
}
