package org.newspipeline.cli;

import java.util.List;

/** RFC 4180 CSV: a field with a comma, a quote or a line break is quoted, its quotes doubled. */
final class Csv {

    private Csv() {
    }

    /**
     * @param fields the fields of one row
     * @return the row, ended by CRLF as RFC 4180 asks
     */
    static String row(List<String> fields) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                s.append(',');
            }
            s.append(field(fields.get(i)));
        }
        return s.append("\r\n").toString();
    }

    /**
     * @param value a field
     * @return the field as written in a row
     */
    static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0
                && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
