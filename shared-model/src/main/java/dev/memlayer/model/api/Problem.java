package dev.memlayer.model.api;

/** The JSON body of every 4xx/5xx answer: a short error code and a sentence for humans. */
public record Problem(String error, String detail) {
}
