package org.carepath.platform.api;

/** CSV downloads (RFC 4180), as spreadsheets open them. */
public final class Csv {

    private Csv() {
    }

    /**
     * One field: quoted when it holds a comma, quote or line break; text a spreadsheet would run as a formula
     * (starting =, +, -, @) is prefixed with an apostrophe, since field values can come from other people's input.
     */
    public static String field(Object value) {
        String text = value == null ? "" : String.valueOf(value);
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
            text = "'" + text;
        }
        boolean quoted = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return quoted ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
