package dev.memlayer.service.signals;

/** Formatting for evidence text, which is written for every hit of every request: no {@code String.format}. */
public final class Evidence {

    private Evidence() {
    }

    /** {@code 0.5} → {@code "0.50"}, as {@code %.2f} would print it. */
    public static String twoDecimals(double x) {
        long hundredths = Math.round(Math.abs(x) * 100);
        String digits = Long.toString(hundredths / 100) + "." + (hundredths % 100 < 10 ? "0" : "") + hundredths % 100;
        return x < 0 && hundredths != 0 ? "-" + digits : digits;
    }
}
