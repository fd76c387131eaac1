package dev.joinwright.bench.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** An SVG bar chart of time per operation relative to hand-written JDBC, log scale, one row per library. */
final class Chart {
    private static final String[] COLOURS =
            {"#4c72b0", "#dd8452", "#55a868", "#c44e52", "#8172b3", "#937860", "#da8bc3", "#8c8c8c", "#ccb974"};

    private Chart() {}

    static String svg(List<String> groups, List<String> libraries, Map<String, Map<String, Double>> ratios) {
        int barHeight = 7;
        int groupHeight = libraries.size() * barHeight + 10;
        int left = 230;
        int width = 900;
        int plot = width - left - 20;
        int top = 40;
        int height = top + groups.size() * groupHeight + 40;
        double maxLog = Math.log10(1000);
        double minLog = Math.log10(0.5);
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " font-family=\"sans-serif\" font-size=\"11\">%n", width, height));
        s.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        s.append("<text x=\"10\" y=\"16\" font-size=\"14\">Time per operation relative to hand-written JDBC"
                + " (log scale; 1 = JDBC; lower is better)</text>\n");
        for (double tick : new double[] {0.5, 1, 2, 5, 10, 100, 1000}) {
            double x = left + plot * (Math.log10(tick) - minLog) / (maxLog - minLog);
            s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\"/>%n",
                    x, top - 5, x, height - 30, tick == 1 ? "#000" : "#ddd"));
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s×</text>%n",
                    x, height - 15, tick < 1 ? "0.5" : String.valueOf((int) tick)));
        }
        for (int l = 0; l < libraries.size(); l++) {
            s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"24\" width=\"10\" height=\"8\" fill=\"%s\"/>"
                    + "<text x=\"%d\" y=\"32\">%s</text>%n", 10 + l * 110, COLOURS[l % COLOURS.length],
                    24 + l * 110, libraries.get(l)));
        }
        for (int g = 0; g < groups.size(); g++) {
            int y = top + g * groupHeight;
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n",
                    left - 6, y + groupHeight / 2 + 3, groups.get(g)));
            Map<String, Double> row = ratios.getOrDefault(groups.get(g), Map.of());
            for (int l = 0; l < libraries.size(); l++) {
                Double ratio = row.get(libraries.get(l));
                if (ratio == null) {
                    continue;
                }
                double clamped = Math.max(Math.min(ratio, 1000), 0.5);
                double w = plot * (Math.log10(clamped) - minLog) / (maxLog - minLog);
                s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\">"
                        + "<title>%s %s: %.2f×</title></rect>%n", left, y + l * barHeight, Math.max(w, 1),
                        barHeight - 1, COLOURS[l % COLOURS.length], groups.get(g), libraries.get(l), ratio));
            }
        }
        s.append("</svg>\n");
        return s.toString();
    }
}
