package kz.jobalyq.organisation;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Where a record sits in the hierarchy, as its process carries it: the project it concerns, or its project
 * group, base direction or programme, and the person who filed it. A task of a record-scoped role reaches
 * the holders of that role for this place; a record with no place (a ministry-wide plan) is not narrowed.
 */
public record RecordScope(String projectNumber, String projectGroupCode, String baseDirectionCode,
    String programmeCode, String ownerUserId) {

  /** Process (or task-local) variables the scope is read from; features set them when they register a record. */
  public static final String PROJECT_NUMBER = "projectNumber";
  public static final String PROJECT_GROUP_CODE = "projectGroupCode";
  public static final String BASE_DIRECTION_CODE = "baseDirectionCode";
  public static final String PROGRAMME_CODE = "programmeCode";
  /** The user who filed the record (role {@code initiator} of an initiative). */
  public static final String OWNER_USER_ID = "recordOwner";

  public static final RecordScope NONE = new RecordScope(null, null, null, null, null);

  public RecordScope {
    projectNumber = normalised(projectNumber, true);
    projectGroupCode = normalised(projectGroupCode, false);
    baseDirectionCode = normalised(baseDirectionCode, false);
    programmeCode = normalised(programmeCode, false);
    ownerUserId = normalised(ownerUserId, false);
  }

  public static RecordScope ofProject(String projectNumber) {
    return new RecordScope(projectNumber, null, null, null, null);
  }

  public static RecordScope ofBaseDirection(String baseDirectionCode) {
    return new RecordScope(null, null, baseDirectionCode, null, null);
  }

  public static RecordScope of(VariableScope variables) {
    return of(variables::getVariable);
  }

  public static RecordScope of(Map<String, ?> variables) {
    return of(variables::get);
  }

  private static RecordScope of(Function<String, Object> variables) {
    return new RecordScope(text(variables, PROJECT_NUMBER), text(variables, PROJECT_GROUP_CODE),
        text(variables, BASE_DIRECTION_CODE), text(variables, PROGRAMME_CODE), text(variables, OWNER_USER_ID));
  }

  /** The variables a task or process carries for this place (the owner is not a place). */
  public Map<String, String> asVariables() {
    Map<String, String> place = new LinkedHashMap<>();
    putIfSet(place, PROJECT_NUMBER, projectNumber);
    putIfSet(place, PROJECT_GROUP_CODE, projectGroupCode);
    putIfSet(place, BASE_DIRECTION_CODE, baseDirectionCode);
    putIfSet(place, PROGRAMME_CODE, programmeCode);
    return place;
  }

  private static void putIfSet(Map<String, String> place, String name, String value) {
    if (value != null) {
      place.put(name, value);
    }
  }

  /** No place in the hierarchy: the record's tasks go to the whole role group. */
  public boolean isEmpty() {
    return projectNumber == null && projectGroupCode == null && baseDirectionCode == null && programmeCode == null;
  }

  private static String text(Function<String, Object> variables, String name) {
    Object value = variables.apply(name);
    return value == null ? null : value.toString();
  }

  private static String normalised(String value, boolean upperCase) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String stripped = value.strip();
    return upperCase ? stripped.toUpperCase(Locale.ROOT) : stripped;
  }
}
