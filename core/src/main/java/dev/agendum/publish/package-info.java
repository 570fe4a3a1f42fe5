/**
 * Publishing feeds over HTTP without a framework: {@link dev.agendum.publish.Published} gives a representation's
 * strong ETag and Last-Modified and answers conditional GET requests (RFC 9110 §13) with 200 or 304, for a Spring,
 * Jakarta REST or plain servlet application alike.
 */
package dev.agendum.publish;
