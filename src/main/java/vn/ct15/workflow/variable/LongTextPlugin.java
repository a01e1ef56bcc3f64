package vn.ct15.workflow.variable;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.variable.serializer.PrimitiveValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.process.EngineLists;

/**
 * Lets a String variable hold a long text (a report, a plan), which Camunda 7 otherwise writes to
 * a {@code TEXT_} column of 4000 characters (2000 on Oracle) and fails to save. A String longer
 * than {@value #MAX_COLUMN_TEXT} characters is stored as UTF-8 bytes instead; it stays a String
 * to every client (Java API, REST, Tasklist forms). Only its value can no longer be searched by
 * variable-value queries, which nobody does on texts this long.
 */
@Component
class LongTextPlugin extends AbstractProcessEnginePlugin {

  /** The shortest text column across the databases Camunda supports (Oracle NVARCHAR2(2000)). */
  static final int MAX_COLUMN_TEXT = 2000;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    @SuppressWarnings("rawtypes")
    List<TypedValueSerializer> serializers = EngineLists.of(configuration::getCustomPreVariableSerializers,
        configuration::setCustomPreVariableSerializers);
    serializers.add(new LongTextSerializer());
  }

  /** Stores long Strings as bytes; registered before Camunda's own String serializer. */
  static final class LongTextSerializer extends PrimitiveValueSerializer<StringValue> {

    static final String NAME = "ct15-long-text";

    LongTextSerializer() {
      super(ValueType.STRING);
    }

    @Override
    public String getName() {
      return NAME;
    }

    @Override
    protected boolean canWriteValue(TypedValue value) {
      return value.getValue() instanceof String text && text.length() > MAX_COLUMN_TEXT;
    }

    @Override
    public StringValue convertToTypedValue(UntypedValueImpl untypedValue) {
      return Variables.stringValue((String) untypedValue.getValue(), untypedValue.isTransient());
    }

    @Override
    public void writeValue(StringValue value, ValueFields valueFields) {
      valueFields.setByteArrayValue(value.getValue().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public StringValue readValue(ValueFields valueFields, boolean asTransientValue) {
      byte[] bytes = valueFields.getByteArrayValue();
      return Variables.stringValue(bytes == null ? null : new String(bytes, StandardCharsets.UTF_8), asTransientValue);
    }
  }
}
