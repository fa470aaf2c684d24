package kz.jobalyq.system.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.math.BigInteger;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Turns a JSON body the API cannot read into a problem a person understands: which field ({@code field}, as
 * {@code attendance[0].present}) and what it must be. The parser's own message names Java classes and is
 * never shown.
 */
final class JsonProblems {

  private JsonProblems() {
  }

  static ProblemDetail describe(HttpMessageNotReadableException e) {
    JsonProcessingException json = ApiExceptionHandler.causeOf(e, JsonProcessingException.class);
    if (json == null) {
      String message = e.getMessage() == null ? "" : e.getMessage();
      return ApiExceptionHandler.problem(HttpStatus.BAD_REQUEST, "Invalid request",
          message.startsWith("Required request body is missing") ? "the request body is missing"
              : "the request body cannot be read");
    }
    if (json instanceof JsonParseException parse) {
      return ApiExceptionHandler.problem(HttpStatus.BAD_REQUEST, "Invalid request",
          "the request body is not valid JSON (line " + parse.getLocation().getLineNr() + ", column "
              + parse.getLocation().getColumnNr() + ")");
    }
    if (json instanceof MismatchedInputException mismatch && mismatch.getMessage() != null
        && mismatch.getMessage().startsWith("Trailing token")) {
      return ApiExceptionHandler.problem(HttpStatus.BAD_REQUEST, "Invalid request",
          "the request body must be one JSON value; something follows it");
    }
    if (json instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = path(mapping);
      Class<?> type = mapping instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
      String detail = field + ": must be " + expected(type);
      if (mapping instanceof InvalidFormatException invalid && invalid.getValue() != null) {
        String value = String.valueOf(invalid.getValue());
        detail = value.indexOf('\u0000') >= 0 ? field + ": must not contain the NUL character"
            : detail + ", was '" + shorten(value) + "'";
      }
      ProblemDetail problem = ApiExceptionHandler.problem(HttpStatus.BAD_REQUEST, "Invalid request", detail);
      problem.setProperty("field", field);
      return problem;
    }
    return ApiExceptionHandler.problem(HttpStatus.BAD_REQUEST, "Invalid request",
        "the request body does not have the expected shape");
  }

  private static String path(JsonMappingException mapping) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : mapping.getPath()) {
      if (reference.getFieldName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? "body" : path.toString();
  }

  static String expected(Class<?> type) {
    if (type == null) {
      return "a value of the documented type";
    }
    if (type.isEnum()) {
      return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
          .collect(Collectors.joining(", "));
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class
        || type == Short.class || type == short.class || type == BigInteger.class) {
      return "a whole number";
    }
    if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
      return "a number";
    }
    if (type == String.class || type == Character.class) {
      return "text";
    }
    if (type == LocalDate.class) {
      return "an ISO date (2026-03-19)";
    }
    if (type == LocalTime.class) {
      return "a time (10:00)";
    }
    if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class
        || type == LocalDateTime.class) {
      return "an ISO date and time (2026-03-19T10:00:00+05:00)";
    }
    if (type == DayOfWeek.class) {
      return "a weekday (MONDAY … SUNDAY)";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    return "an object";
  }

  private static String shorten(String value) {
    return value.length() <= 80 ? value : value.substring(0, 80) + "…";
  }
}
