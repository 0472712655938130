/**
 * Job scopes opened from Micrometer observations: {@code @Scheduled} runs and message
 * listener calls.
 */
package dev.n1query.jobs;
