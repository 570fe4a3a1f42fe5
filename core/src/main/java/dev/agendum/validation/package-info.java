/**
 * Validation of events against Agendum's business rules: {@link dev.agendum.validation.EventValidator} returns
 * every {@link dev.agendum.validation.Violation} at once, with a property path and a message in English or Dutch.
 * The explicit maximums are in {@link dev.agendum.validation.Limits}.
 */
package dev.agendum.validation;
