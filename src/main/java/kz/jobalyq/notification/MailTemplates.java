package kz.jobalyq.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import kz.jobalyq.calendar.CalendarService;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes a task mail in the reader's language from {@code mail/messages_kk.properties} and
 * {@code mail/messages_ru.properties}: a subject with the task name and due date, and the same body
 * as plain text and as simple HTML.
 */
@Component
public class MailTemplates {

  private static final DateTimeFormatter DUE_FORMAT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

  private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
  private final ZoneId zone;

  public MailTemplates(CalendarService calendar) {
    this.zone = calendar.zone();
    messages.setBasename("mail/messages");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    messages.setDefaultLocale(Language.DEFAULT.locale());
  }

  /** The task a mail is about, as the reader sees it. */
  public record TaskSummary(String id, String name, String description, Instant due, String link) {
  }

  public record Rendered(String subject, String text, String html) {
  }

  public Rendered render(MailKind kind, Language language, TaskSummary task, String readerName) {
    Locale locale = language.locale();
    String name = task.name() == null || task.name().isBlank() ? task.id() : task.name();
    String due = task.due() == null ? null : DUE_FORMAT.format(task.due().atZone(zone));
    String subject = message(kind.templateKey() + ".subject", locale,
        due == null ? name : message("subject.due", locale, name, due));

    String greeting = message("greeting", locale, readerName);
    String intro = message(kind.templateKey() + ".intro", locale);
    String footer = message("footer", locale);
    String remindersFooter = kind.isReminder() ? message("footer.reminders", locale) : null;

    StringBuilder text = new StringBuilder()
        .append(greeting).append("\n\n").append(intro).append("\n\n")
        .append(message("label.task", locale)).append(": ").append(name).append('\n');
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(language.code())
        .append("\"><body style=\"font-family: sans-serif\">")
        .append(paragraph(greeting)).append(paragraph(intro))
        .append("<table><tr><th align=\"left\">").append(escape(message("label.task", locale)))
        .append("</th><td>").append(escape(name)).append("</td></tr>");
    if (due != null) {
      text.append(message("label.due", locale)).append(": ").append(due).append('\n');
      html.append("<tr><th align=\"left\">").append(escape(message("label.due", locale))).append("</th><td>")
          .append(escape(due)).append("</td></tr>");
    }
    if (task.description() != null && !task.description().isBlank()) {
      text.append(message("label.details", locale)).append(": ").append(task.description()).append('\n');
      html.append("<tr><th align=\"left\">").append(escape(message("label.details", locale)))
          .append("</th><td>").append(escape(task.description())).append("</td></tr>");
    }
    html.append("</table>");
    text.append('\n').append(message("label.open", locale)).append(": ").append(task.link()).append("\n\n-- \n")
        .append(footer).append('\n');
    html.append("<p><a href=\"").append(escape(task.link())).append("\">")
        .append(escape(message("label.open", locale))).append("</a></p><hr>")
        .append("<p style=\"color: #666; font-size: smaller\">").append(escape(footer));
    if (remindersFooter != null) {
      text.append(remindersFooter).append('\n');
      html.append("<br>").append(escape(remindersFooter));
    }
    html.append("</p></body></html>");
    return new Rendered(subject, text.toString(), html.toString());
  }

  private String message(String key, Locale locale, Object... arguments) {
    return messages.getMessage(key, arguments, locale);
  }

  private static String paragraph(String text) {
    return "<p>" + escape(text) + "</p>";
  }

  private static String escape(String text) {
    return HtmlUtils.htmlEscape(text, "UTF-8");
  }
}
