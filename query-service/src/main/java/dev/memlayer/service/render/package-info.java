/**
 * {@code MarkdownRenderer}: formats the marker line, title, ranked table of contents and file
 * sections (whole, snippets, outline, path). The JSON shape is the {@code ContextResponse} record
 * itself. It decides nothing (what goes in and in which representation is {@code assemble/}'s
 * job) and depends on no other package.
 */
package dev.memlayer.service.render;
