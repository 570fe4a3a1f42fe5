/** Validation. */ package dev.agendum.validation;
