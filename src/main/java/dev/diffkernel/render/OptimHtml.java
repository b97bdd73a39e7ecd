package dev.diffkernel.render;

import dev.diffkernel.common.Numbers;

import dev.diffkernel.common.Html;

import dev.diffkernel.optim.Outcome;
import dev.diffkernel.optim.Progress;
import dev.diffkernel.optim.RateComparison;
import dev.diffkernel.optim.Run;
import dev.diffkernel.output.TableView;
import java.util.Locale;

/**
 * Plain HTML for gradient descent: a run's summary, a learning-rate comparison's table, a progress bar.
 * Inline styles only, no scripts, so that static viewers show it too.
 */
final class OptimHtml {
    private static final String HEAD = "padding:2px 10px 2px 0;text-align:left;font-weight:bold;vertical-align:top";
    private static final String CELL = "padding:2px 10px 2px 0;text-align:left;font-family:monospace";

    private OptimHtml() {}

    /** The colour of an outcome's label: green when healthy, red when diverged, amber otherwise. */
    static String colour(Outcome outcome) {
        return outcome.isHealthy() ? "#1a7f37" : outcome == Outcome.DIVERGED ? "#c62828" : "#9a6700";
    }

    static String run(Run run) {
        String f = "f = ";
        return "<div class=\"dk-run\"><p style=\"margin:0 0 4px 0\"><b>Gradient descent on "
                + Html.escape(run.label()) + "</b>: " + outcome(run.outcome()) + "</p>"
                + "<table style=\"border-collapse:collapse\">"
                + row("start", run.startText(), f + number(run.history().value(0)), "")
                + row("end", run.endText(), f + number(run.endValue()), "|∇f| = " + number(run.endGradientNorm()))
                + "<tr><th style=\"" + HEAD + "\">steps</th><td colspan=\"3\" style=\"" + CELL.replace("font-family:monospace", "")
                + "\">" + Html.escape(run.stepsText()) + "</td></tr></table>"
                + "<p style=\"margin:4px 0 0 0;color:" + colour(run.outcome()) + "\">" + Html.escape(run.reason())
                + "</p></div>";
    }

    static String comparison(RateComparison comparison, String plotHtml) {
        return "<div class=\"dk-rates\">" + TableView.of(comparison.table()).html() + plotHtml + "</div>";
    }

    static String progress(Progress progress) {
        return "<div class=\"dk-progress\" style=\"font-family:monospace\"><progress max=\"" + progress.maxSteps()
                + "\" value=\"" + progress.step() + "\" style=\"width:240px;vertical-align:middle\"></progress> "
                + Html.escape(progress.toString()) + "</div>";
    }

    private static String outcome(Outcome outcome) {
        return "<span style=\"color:" + colour(outcome) + ";font-weight:bold\">" + Html.escape(outcome.label()) + "</span>";
    }

    private static String row(String head, String point, String value, String extra) {
        return "<tr><th style=\"" + HEAD + "\">" + head + "</th><td style=\"" + CELL + "\">" + Html.escape(point)
                + "</td><td style=\"" + CELL + "\">" + Html.escape(value) + "</td><td style=\"" + CELL + "\">"
                + Html.escape(extra) + "</td></tr>";
    }

    private static String number(double value) {
        return dev.diffkernel.common.Numbers.numpy(value);
    }

    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * fraction);
    }
}
