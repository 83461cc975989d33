package dev.memlayer.model.snapshot;

/** A registered project: stable id (from the canonical root), unique name, canonical root path. */
public record ProjectRef(String id, String name, String root) {
}
