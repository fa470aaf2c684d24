package kz.jobalyq.calendar;

import java.util.List;
import kz.jobalyq.system.process.EngineLists;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Runs the chunks of a deadline recalculation ({@link DeadlineRecalculations}) as engine jobs. */
@Component
public class CalendarEnginePlugin extends AbstractProcessEnginePlugin {

  /** The service needs the engine: looked up when the first chunk runs. */
  private final ObjectProvider<DeadlineRecalculations> recalculations;

  public CalendarEnginePlugin(ObjectProvider<DeadlineRecalculations> recalculations) {
    this.recalculations = recalculations;
  }

  @Override
  @SuppressWarnings("rawtypes")
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<JobHandler> handlers = EngineLists.copyOf(configuration.getCustomJobHandlers());
    handlers.add(new ChunkHandler());
    configuration.setCustomJobHandlers(handlers);
  }

  private final class ChunkHandler implements JobHandler<ChunkHandler.Chunk> {

    record Chunk(String value) implements JobHandlerConfiguration {
      @Override
      public String toCanonicalString() {
        return value;
      }
    }

    @Override
    public String getType() {
      return DeadlineRecalculations.JOB_TYPE;
    }

    @Override
    public void execute(Chunk chunk, ExecutionEntity execution, CommandContext commandContext, String tenantId) {
      recalculations.getObject().runChunk(chunk.value());
    }

    @Override
    public Chunk newConfiguration(String canonicalString) {
      return new Chunk(canonicalString);
    }

    @Override
    public void onDelete(Chunk chunk, JobEntity jobEntity) {
      // nothing kept beside the job
    }
  }
}
