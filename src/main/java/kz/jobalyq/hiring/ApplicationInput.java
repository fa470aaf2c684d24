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
 * limit, so a bad payload is answered with 400 naming every field at fault.
 */
public record ApplicationInput(
    @NotBlank(message = "аты-жөні міндетті / full name is required")
    @Size(max = 300, message = "300 таңбадан аспауы тиіс / at most 300 characters")
    String fullName,

    @NotBlank(message = "электрондық пошта міндетті / e-mail is required")
    @Email(message = "электрондық пошта дұрыс емес / not a valid e-mail address")
    @Size(max = 200, message = "200 таңбадан аспауы тиіс / at most 200 characters")
    String email,

    @Size(max = 50, message = "50 таңбадан аспауы тиіс / at most 50 characters")
    @Pattern(regexp = "^[+0-9 ()-]*$", message = "тек цифрлар, бос орын, +()- / digits, spaces and +()- only")
    String phone,

    @NotNull(message = "білімі міндетті: POSTGRADUATE, HIGHER, SECONDARY_VOCATIONAL, SECONDARY / education is required")
    Education education,

    @NotBlank(message = "білімінің саласы міндетті / field of education is required")
    @Size(max = 500, message = "500 таңбадан аспауы тиіс / at most 500 characters")
    String educationField,

    @NotNull(message = "білімі жобаның саласына сәйкес пе — true/false / educationInField is required")
    Boolean educationInField,

    @NotNull(message = "саладағы тәжірибе (жыл) міндетті / years of field experience are required")
    @DecimalMin(value = "0", message = "теріс болмауы тиіс / must not be negative")
    @DecimalMax(value = "60", message = "60 жылдан аспауы тиіс / at most 60 years")
    @Digits(integer = 2, fraction = 1, message = "бір ондық таңбамен / one decimal place at most")
    BigDecimal fieldExperienceYears,

    @NotNull(message = "жобалық басқару практикасы (жыл) міндетті / years of project-management practice are required")
    @DecimalMin(value = "0", message = "теріс болмауы тиіс / must not be negative")
    @DecimalMax(value = "60", message = "60 жылдан аспауы тиіс / at most 60 years")
    @Digits(integer = 2, fraction = 1, message = "бір ондық таңбамен / one decimal place at most")
    BigDecimal projectManagementYears,

    @Size(max = 500, message = "500 таңбадан аспауы тиіс / at most 500 characters")
    String certificate,

    @NotNull(message = "сұралатын қызмет ақысы міндетті / requested fee is required")
    @DecimalMin(value = "0", message = "теріс болмауы тиіс / must not be negative")
    @Digits(integer = 15, fraction = 2, message = "тым үлкен сан / too large")
    BigDecimal requestedFee,

    @JsonProperty("references")
    @Size(max = 4000, message = "4000 таңбадан аспауы тиіс / at most 4000 characters")
    String references) {

  public boolean hasCertificate() {
    return certificate != null && !certificate.isBlank();
  }
}
