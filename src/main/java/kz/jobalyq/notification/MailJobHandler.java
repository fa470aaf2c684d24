package kz.jobalyq.notification;

import java.util.function.Consumer;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/** Runs one kind of mail job ({@link MailJobs}): its configuration is a plain string. */
final class MailJobHandler implements JobHandler<MailJobHandler.Raw> {

  record Raw(String value) implements JobHandlerConfiguration {
    @Override
    public String toCanonicalString() {
      return value;
    }
  }

  private final String type;
  private final Consumer<String> work;

  MailJobHandler(String type, Consumer<String> work) {
    this.type = type;
    this.work = work;
  }

  @Override
  public String getType() {
    return type;
  }

  @Override
  public void execute(Raw configuration, ExecutionEntity execution, CommandContext commandContext, String tenantId) {
    work.accept(configuration.value());
  }

  @Override
  public Raw newConfiguration(String canonicalString) {
    return new Raw(canonicalString);
  }

  @Override
  public void onDelete(Raw configuration, JobEntity jobEntity) {
    // nothing kept beside the job
  }
}
