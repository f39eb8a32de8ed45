package id.portaldesa.platform.metrics.web;

import java.util.List;

/**
 * A bar chart drawn on the server as inline SVG (public pages carry no chart script): one or two
 * series of whole numbers over labelled columns, scaled to the largest value, in a view box that
 * scales down to a 360 px screen. The figures themselves are in the table beside every chart (for
 * screen readers and for reading exact values); the SVG is an image with a title.
 */
public final class BarChart {

    static final int WIDTH = 360;
    static final int HEIGHT = 180;
    static final int BASELINE = 150;
    static final int TOP = 16;
    static final String[] FILLS = {"#1f6f8b", "#e0a526"};

    private BarChart() {}

    /**
     * @param title what the chart shows, read by screen readers as the image's name
     * @param labels one per column
     * @param series one or two rows of values, each as long as {@code labels}
     */
    public static String svg(String title, List<String> labels, List<long[]> series) {
        int columns = labels.size();
        long max = 1;
        for (long[] s : series) {
            for (long v : s) {
                max = Math.max(max, v);
            }
        }
        double slot = (WIDTH - 8) / (double) Math.max(1, columns);
        double bar = Math.max(2, (slot - 4) / series.size());
        StringBuilder svg = new StringBuilder(2048)
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" role=\"img\" preserveAspectRatio=\"xMidYMid meet\"><title>")
                .append(escape(title))
                .append("</title>")
                .append("<line x1=\"4\" x2=\"")
                .append(WIDTH - 4)
                .append("\" y1=\"")
                .append(BASELINE)
                .append("\" y2=\"")
                .append(BASELINE)
                .append("\" stroke=\"#888\" stroke-width=\"1\"/>")
                .append("<text x=\"4\" y=\"11\" font-size=\"10\" fill=\"#444\">")
                .append(max)
                .append("</text>");
        for (int c = 0; c < columns; c++) {
            double x0 = 4 + c * slot + 2;
            for (int s = 0; s < series.size(); s++) {
                long v = series.get(s)[c];
                double h = (BASELINE - TOP) * (double) v / max;
                svg.append("<rect x=\"")
                        .append(round(x0 + s * bar))
                        .append("\" y=\"")
                        .append(round(BASELINE - h))
                        .append("\" width=\"")
                        .append(round(bar - 1))
                        .append("\" height=\"")
                        .append(round(h))
                        .append("\" fill=\"")
                        .append(FILLS[s % FILLS.length])
                        .append("\"/>");
            }
            svg.append("<text x=\"")
                    .append(round(x0 + (slot - 4) / 2))
                    .append("\" y=\"")
                    .append(BASELINE + 14)
                    .append("\" font-size=\"9\" text-anchor=\"middle\" fill=\"#444\">")
                    .append(escape(labels.get(c)))
                    .append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static String round(double v) {
        return String.valueOf(Math.round(v * 10) / 10.0);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
