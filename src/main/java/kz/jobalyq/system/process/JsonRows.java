package kz.jobalyq.system.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;

/** Rows of a dynamic list as the JSON Tasklist expects back in a form. */
public final class JsonRows {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonRows() {
  }

  public static String write(List<Map<String, Object>> rows) {
    try {
      return JSON.writeValueAsString(rows);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
