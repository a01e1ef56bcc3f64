package vn.ct15.workflow.reporting;

import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.behavior.MultiInstanceActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.behavior.ParallelMultiInstanceActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.migration.validation.activity.SupportedActivityValidator;
import org.camunda.bpm.engine.impl.pvm.delegate.ActivityExecution;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.process.EngineLists;

/**
 * Per-unit work for thousands of units (a city's or a province's communes) as one parallel
 * multi-instance activity: when one unit's instance ends, Camunda checks whether the whole
 * activity is done by walking every child execution of the multi-instance body, and their
 * children; with 3,400 units that walk loads thousands of executions for every unit that finishes
 * (quadratic in the number of units). Here the check trusts the engine's own counter of active
 * instances ({@code nrOfActiveInstances}, kept by Camunda on every start, end and modification of an
 * inner instance), so a unit's end costs the same for 10 units or 10,000. Everything else is
 * Camunda's behaviour, and Camunda's migration is told so: it moves running instances only between
 * activities whose behaviour it knows by class, and without this none of the plan's per-unit
 * activities could be migrated to a new version of their model (docs/operations.md).
 */
@Component
class LargeMultiInstancePlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    synchronized (SupportedActivityValidator.SUPPORTED_ACTIVITY_BEHAVIORS) {
      if (!SupportedActivityValidator.SUPPORTED_ACTIVITY_BEHAVIORS.contains(CountedParallelMultiInstance.class)) {
        SupportedActivityValidator.SUPPORTED_ACTIVITY_BEHAVIORS.add(CountedParallelMultiInstance.class);
      }
    }
    List<BpmnParseListener> listeners = EngineLists.of(configuration::getCustomPostBPMNParseListeners,
        configuration::setCustomPostBPMNParseListeners);
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseMultiInstanceLoopCharacteristics(Element activityElement, Element loopCharacteristics,
          ActivityImpl multiInstanceBody) {
        if (multiInstanceBody.getActivityBehavior() instanceof ParallelMultiInstanceActivityBehavior parsed
            && parsed.getClass() == ParallelMultiInstanceActivityBehavior.class) {
          multiInstanceBody.setActivityBehavior(CountedParallelMultiInstance.copyOf(parsed));
        }
      }
    });
  }

  /** Camunda's parallel multi-instance behaviour, ending when its counter of active instances reaches zero. */
  static final class CountedParallelMultiInstance extends ParallelMultiInstanceActivityBehavior {

    static CountedParallelMultiInstance copyOf(MultiInstanceActivityBehavior parsed) {
      CountedParallelMultiInstance behavior = new CountedParallelMultiInstance();
      behavior.setLoopCardinalityExpression(parsed.getLoopCardinalityExpression());
      behavior.setCompletionConditionExpression(parsed.getCompletionConditionExpression());
      behavior.setCollectionExpression(parsed.getCollectionExpression());
      behavior.setCollectionVariable(parsed.getCollectionVariable());
      behavior.setCollectionElementVariable(parsed.getCollectionElementVariable());
      return behavior;
    }

    @Override
    protected boolean allExecutionsEnded(ActivityExecution scopeExecution, ActivityExecution endedExecution) {
      return getLocalLoopVariable(scopeExecution, NUMBER_OF_ACTIVE_INSTANCES) <= 0;
    }
  }
}
