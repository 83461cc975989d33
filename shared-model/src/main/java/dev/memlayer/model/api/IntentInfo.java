package dev.memlayer.model.api;

import java.util.List;

/** How the task was understood: the intent kind, the terms searched for, the concrete mentions. */
public record IntentInfo(String kind, List<String> terms, List<String> mentions) {

    public IntentInfo {
        terms = List.copyOf(terms);
        mentions = List.copyOf(mentions);
    }
}
