/**
 * N1's findings on trace spans, through Micrometer Tracing.
 */
package dev.n1query.tracing;
