package kz.jobalyq.system.process;

import java.util.concurrent.Callable;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls that the platform makes on a record's behalf without the signed-in user's engine
 * authorisations, after our own service has checked that the user may do what they asked (e.g. the
 * project lead escalating their project's problem, whose process instance they may not update).
 */
@Component
public class EngineAsSystem {

  private final ProcessEngineConfigurationImpl engine;

  public EngineAsSystem(ProcessEngineConfigurationImpl engine) {
    this.engine = engine;
  }

  public <T> T call(Callable<T> work) {
    return engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(work));
  }

  public void run(Runnable work) {
    call(() -> {
      work.run();
      return null;
    });
  }
}
