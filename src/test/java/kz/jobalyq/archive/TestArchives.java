package kz.jobalyq.archive;

import java.time.Clock;
import kz.jobalyq.organisation.OrganisationService;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;

/** An archive service of a test's own: the application's beans, other settings (storage, directory, size limit). */
final class TestArchives {

  private TestArchives() {
  }

  static ArchiveService with(ApplicationContext context, ArchiveProperties properties) {
    OrganisationService organisation = context.getBean(OrganisationService.class);
    return new ArchiveService(context.getBean(ArchiveDocumentRepository.class),
        context.getBean(ArchiveContentRepository.class), organisation,
        new ArchiveEntries(organisation, context.getBean(HistoryService.class)),
        context.getBean(PlatformTransactionManager.class), context.getBean(Clock.class), properties);
  }
}
