/**
 * Understanding the task before anything is looked up: {@code TaskParser} (terms and mentions)
 * and {@code IntentClassifier}. Pure functions of the text; no I/O and no snapshot access.
 */
package dev.memlayer.service.plan;
