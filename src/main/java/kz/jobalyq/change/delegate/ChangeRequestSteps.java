package kz.jobalyq.change.delegate;

import kz.jobalyq.change.ChangeRequestPapers;
import kz.jobalyq.change.ChangeRequestProcess.Vars;
import kz.jobalyq.change.ChangeRequestService;
import kz.jobalyq.change.ProjectStopRequests;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service steps that carry out an accepted request: each is a bean the model names, and each
 * only hands the request's id to the service.
 */
@Configuration
public class ChangeRequestSteps {

  /** The change enters the schedule and, if it alters the baseline, a new baseline version. */
  @Bean
  JavaDelegate applyChangeDelegate(ChangeRequestService changeRequests) {
    return execution -> changeRequests.applyChange(id(execution));
  }

  /** The suspended project resumes where it was (§111). */
  @Bean
  JavaDelegate resumeProjectDelegate(ProjectStopRequests stops) {
    return execution -> stops.resumeProject(id(execution));
  }

  /** The project is suspended: status SUSPENDED and its work held (§111). */
  @Bean
  JavaDelegate suspendProjectDelegate(ProjectStopRequests stops) {
    return execution -> stops.suspendProject(id(execution));
  }

  /** The project is terminated: status TERMINATED, no resumption (§111). */
  @Bean
  JavaDelegate terminateProjectDelegate(ProjectStopRequests stops) {
    return execution -> stops.terminateProject(id(execution));
  }

  /**
   * When the request is decided and carried out, the change sheet with every decision is filed in the
   * project archive as a PDF (§105–§106). A request deleted by an operator files nothing.
   */
  @Bean
  ExecutionListener fileChangeSheetListener(ChangeRequestPapers papers) {
    return execution -> {
      if (!execution.isCanceled() && execution.getVariable(Vars.CHANGE_REQUEST_ID) != null) {
        papers.fileChangeSheet(id(execution));
      }
    };
  }

  private static Long id(DelegateExecution execution) {
    return (Long) execution.getVariable(Vars.CHANGE_REQUEST_ID);
  }
}
