/**
 * File facts ({@code GET /v1/projects/{project}/files/{path}}): {@code FileFactsService} answers from
 * the pinned view and the per-view {@code FileDetails}; no SQL of its own.
 */
package dev.memlayer.service.files;
