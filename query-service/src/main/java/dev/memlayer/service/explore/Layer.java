package dev.memlayer.service.explore;

import java.util.Locale;

/** The layers of a project overview, with their wire names and section titles. */
public enum Layer {
    PROJECT_MAP("Project map"),
    MODULE_INDEX("Module index"),
    TYPE_GRAPH("Type graph"),
    API_SURFACE("API surface"),
    DEPENDENCIES("Dependencies"),
    TEST_MAP("Test map"),
    RECENT_CHANGES("Recent changes");

    private final String title;

    Layer(String title) {
        this.title = title;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String title() {
        return title;
    }
}
