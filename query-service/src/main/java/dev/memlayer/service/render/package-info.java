/**
 * {@code MarkdownRenderer}: formats header and file sections. It decides nothing (what goes in
 * and in which representation is {@code assemble/}'s job) and depends on no other package.
 */
package dev.memlayer.service.render;
