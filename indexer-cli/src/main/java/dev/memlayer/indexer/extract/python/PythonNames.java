package dev.memlayer.indexer.extract.python;

/** Python naming and text conventions: public and constant names, {@code #} comments, docstring indentation. */
final class PythonNames {

    private PythonNames() {
    }

    /** Not {@code _private}; dunder names ({@code __init__}) are public. */
    static boolean isPublicName(String name) {
        return !name.startsWith("_") || (name.startsWith("__") && name.endsWith("__") && name.length() > 4);
    }

    static boolean isConstantName(String name) {
        boolean letter = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isUpperCase(c);
        }
        return letter;
    }

    static String stripHash(String comment) {
        int i = 0;
        while (i < comment.length() && comment.charAt(i) == '#') {
            i++;
        }
        return comment.substring(i).strip();
    }

    /** Strips each line and drops blank edges: docstrings are indented like their code. */
    static String dedent(String doc) {
        StringBuilder out = new StringBuilder(doc.length());
        for (String line : doc.strip().split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(line.strip());
        }
        String d = out.toString().strip();
        return d.isEmpty() ? null : d;
    }
}
