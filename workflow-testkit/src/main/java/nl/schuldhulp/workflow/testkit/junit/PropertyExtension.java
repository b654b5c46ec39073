package nl.schuldhulp.workflow.testkit.junit;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.schuldhulp.workflow.testkit.property.Gen;
import nl.schuldhulp.workflow.testkit.property.Property;
import nl.schuldhulp.workflow.testkit.property.PropertyResult;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Runs a {@link PropertyTest} method as a {@link Property}: resolves each {@link ForAll} parameter
 * to a placeholder, then, instead of the single invocation JUnit would make, invokes the method
 * once per try with generated values. Registered by {@code @PropertyTest}. It keeps no state and
 * is threadsafe.
 */
final class PropertyExtension implements ParameterResolver, InvocationInterceptor {

  /** The report entry under which the seed of every property run is published. */
  static final String SEED_ENTRY = "workflow.testkit.seed";

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.isAnnotated(ForAll.class);
  }

  /**
   * A placeholder (null, or zero for a primitive): the method is never invoked with it, since the
   * property replaces the invocation.
   */
  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type.isPrimitive() ? Array.get(Array.newInstance(type, 1), 0) : null;
  }

  @Override
  public void interceptTestMethod(Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext, ExtensionContext context)
      throws Throwable {
    Method method = invocationContext.getExecutable();
    Optional<PropertyTest> annotation =
        Optional.ofNullable(method.getAnnotation(PropertyTest.class));
    if (annotation.isEmpty()) {
      invocation.proceed();
      return;
    }
    invocation.skip();
    Object target = invocationContext.getTarget().orElse(null);
    Property<Arguments> property = Property.forAll(arguments(method, target,
            invocationContext.getArguments()))
        .tries(annotation.get().tries());
    if (annotation.get().seed() != PropertyTest.RANDOM_SEED) {
      property = property.seed(annotation.get().seed());
    }
    PropertyResult<Arguments> result =
        property.checkAssert(arguments -> invoke(method, target, arguments.values()));
    context.publishReportEntry(SEED_ENTRY, Long.toString(result.seed()));
    result.assertPassed();
  }

  /** One generator for all parameters: generated ones drawn in order, the others as resolved. */
  private static Gen<Arguments> arguments(Method method, Object target, List<Object> resolved) {
    Parameter[] parameters = method.getParameters();
    List<Gen<?>> gens = new ArrayList<>();
    for (int i = 0; i < parameters.length; i++) {
      ForAll forAll = parameters[i].getAnnotation(ForAll.class);
      Object value = resolved.get(i);
      gens.add(forAll == null ? source -> value : generator(method, target, forAll.value()));
    }
    return source -> {
      List<Object> values = new ArrayList<>(gens.size());
      List<String> shown = new ArrayList<>();
      for (int i = 0; i < gens.size(); i++) {
        values.add(gens.get(i).generate(source));
        if (parameters[i].isAnnotationPresent(ForAll.class)) {
          shown.add(parameters[i].isNamePresent()
              ? parameters[i].getName() + " = " + values.get(i)
              : String.valueOf(values.get(i)));
        }
      }
      return new Arguments(values, String.join(", ", shown));
    };
  }

  private static Gen<?> generator(Method testMethod, Object target, String name) {
    Method factory = findMethod(testMethod.getDeclaringClass(), name)
        .filter(method -> Gen.class.isAssignableFrom(method.getReturnType()))
        .orElseThrow(() -> new ExtensionConfigurationException("@ForAll(\"" + name
            + "\") names no method " + name + "() returning a Gen in "
            + testMethod.getDeclaringClass().getName()));
    try {
      return Objects.requireNonNull((Gen<?>) invoke(factory, target, List.of()),
          () -> name + "() returned null");
    } catch (Throwable e) {
      throw new ExtensionConfigurationException("@ForAll(\"" + name + "\"): " + name
          + "() failed: " + e, e);
    }
  }

  private static Optional<Method> findMethod(Class<?> type, String name) {
    for (Class<?> current = type; current != null; current = current.getSuperclass()) {
      Optional<Method> found = Arrays.stream(current.getDeclaredMethods())
          .filter(method -> method.getName().equals(name) && method.getParameterCount() == 0)
          .findFirst();
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Object invoke(Method method, Object target, List<Object> arguments)
      throws Throwable {
    method.setAccessible(true);
    try {
      return method.invoke(target, arguments.toArray());
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /**
   * The arguments of one try, shown in reports as the generated values ({@code name = value} when
   * compiled with {@code -parameters}).
   */
  private record Arguments(List<Object> values, String shown) {
    @Override
    public String toString() {
      return shown;
    }
  }
}
