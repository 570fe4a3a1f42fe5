package dev.agendum.examples.spring;

import dev.agendum.json.AgendumJsonException;
import dev.agendum.validation.Violation;
import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refused event as RFC 9457 problem details: {@code type}, {@code title}, {@code status}, {@code detail}, and an
 * {@code errors} member listing every problem with its JSON Pointer into the posted document ({@code pointer}),
 * what is wrong ({@code detail}) and, for a business rule, its stable {@code code}.
 */
@RestControllerAdvice
class Problems {

    /** A document that is not canonical JSON: the problems {@code AgendumJson} found, with line and column. */
    @ExceptionHandler(AgendumJsonException.class)
    ResponseEntity<ProblemDetail> unreadable(AgendumJsonException refused) {
        List<Map<String, Object>> errors = new ArrayList<>();
        for (AgendumJsonException.Problem problem : refused.problems()) {
            errors.add(Map.of("pointer", problem.pointer(), "line", problem.line(), "column", problem.column(),
                    "detail", problem.message()));
        }
        return problem("not-canonical-json", "The document is not Agendum's canonical JSON", errors);
    }

    /** Spring wraps what a converter throws when it reads; the cause says where. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException refused) {
        if (refused.getCause() instanceof AgendumJsonException agendum) {
            return unreadable(agendum);
        }
        return problem("not-canonical-json", "The document is not Agendum's canonical JSON",
                List.of(Map.of("pointer", "", "detail", "the request body cannot be read")));
    }

    /** {@code @Valid} found broken rules: each becomes a pointer into the posted {@code event}. */
    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException refused) {
        List<Map<String, Object>> errors = new ArrayList<>();
        for (ObjectError error : refused.getBindingResult().getAllErrors()) {
            if (error.contains(ConstraintViolation.class)) {
                Violation violation = Violation.from(error.unwrap(ConstraintViolation.class));
                errors.add(Map.of("pointer", Pointers.of("/event", violation.path()), "code", violation.code(),
                        "detail", violation.message()));
            } else {
                errors.add(Map.of("pointer", "/event", "detail", String.valueOf(error.getDefaultMessage())));
            }
        }
        return problem("invalid-event", "The event breaks Agendum's rules", errors);
    }

    private static ResponseEntity<ProblemDetail> problem(String type, String title, List<Map<String, Object>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                errors.size() == 1 ? "1 problem" : errors.size() + " problems");
        problem.setType(java.net.URI.create("https://agendum.dev/problems/" + type));
        problem.setTitle(title);
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
