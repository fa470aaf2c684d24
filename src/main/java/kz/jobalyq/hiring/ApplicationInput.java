package kz.jobalyq.hiring;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * What a candidate sends through the public form: the facts §9 asks about. Each field carries its
 * limit, so a bad payload is answered with 400 naming every field at fault; each message is a key of the
 * hiring bundle (i18n/hiring_kk, _ru), said in the applicant's language by {@link PublicCallController}.
 */
public record ApplicationInput(
    @NotBlank(message = "hiring.application.fullName.required")
    @Size(max = 300, message = "hiring.application.tooLong")
    String fullName,

    @NotBlank(message = "hiring.application.email.required")
    @Email(message = "hiring.application.email.invalid")
    @Size(max = 200, message = "hiring.application.tooLong")
    String email,

    @Size(max = 50, message = "hiring.application.tooLong")
    @Pattern(regexp = "^[+0-9 ()-]*$", message = "hiring.application.phone.invalid")
    String phone,

    @NotNull(message = "hiring.application.education.required")
    Education education,

    @NotBlank(message = "hiring.application.educationField.required")
    @Size(max = 500, message = "hiring.application.tooLong")
    String educationField,

    @NotNull(message = "hiring.application.educationInField.required")
    Boolean educationInField,

    @NotNull(message = "hiring.application.fieldExperienceYears.required")
    @DecimalMin(value = "0", message = "hiring.application.negative")
    @DecimalMax(value = "60", message = "hiring.application.tooManyYears")
    @Digits(integer = 2, fraction = 1, message = "hiring.application.oneDecimal")
    BigDecimal fieldExperienceYears,

    @NotNull(message = "hiring.application.projectManagementYears.required")
    @DecimalMin(value = "0", message = "hiring.application.negative")
    @DecimalMax(value = "60", message = "hiring.application.tooManyYears")
    @Digits(integer = 2, fraction = 1, message = "hiring.application.oneDecimal")
    BigDecimal projectManagementYears,

    @Size(max = 500, message = "hiring.application.tooLong")
    String certificate,

    @NotNull(message = "hiring.application.requestedFee.required")
    @DecimalMin(value = "0", message = "hiring.application.negative")
    @Digits(integer = 15, fraction = 2, message = "hiring.application.tooLargeNumber")
    BigDecimal requestedFee,

    @JsonProperty("references")
    @Size(max = 4000, message = "hiring.application.tooLong")
    String references) {

  public boolean hasCertificate() {
    return certificate != null && !certificate.isBlank();
  }
}
