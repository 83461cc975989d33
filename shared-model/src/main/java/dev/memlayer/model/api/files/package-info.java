/** The file facts contract ({@code GET /v1/projects/{project}/files/{path}}). */
package dev.memlayer.model.api.files;
