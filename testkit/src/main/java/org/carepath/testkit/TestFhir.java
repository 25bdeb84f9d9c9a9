package org.carepath.testkit;

import java.net.URI;
import java.util.List;

import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;

/**
 * FHIR as tools nobody here wrote read it: HAPI's validator against base R4 (the UK Core profiles
 * cannot be had here) and HAPI's generic client, as an integration engine uses it.
 * <pre>
 * assertEquals(List.of(), TestFhir.errors(body));
 * IGenericClient client = TestFhir.client(URI.create(root + "fhir"), token);
 * </pre>
 */
public final class TestFhir {

    private static FhirValidator validator;

    private TestFhir() {
    }

    public static FhirContext context() {
        return FhirContext.forR4Cached();
    }

    /** The validator's errors (and fatals) for the resource in JSON or XML, as "location: message"; empty when valid. */
    public static List<String> errors(String resource) {
        return validator().validateWithResult(resource).getMessages().stream()
                .filter(message -> message.getSeverity() == ResultSeverityEnum.ERROR
                        || message.getSeverity() == ResultSeverityEnum.FATAL)
                .map(TestFhir::describe)
                .toList();
    }

    /** A client of the facade that sends the bearer token, as an integration engine would. */
    public static IGenericClient client(URI base, String bearerToken) {
        FhirContext context = context();
        context.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
        IGenericClient client = context.newRestfulGenericClient(base.toString());
        client.registerInterceptor(new BearerTokenAuthInterceptor(bearerToken));
        return client;
    }

    /** Made once: loading the R4 definitions takes seconds. */
    private static synchronized FhirValidator validator() {
        if (validator == null) {
            FhirContext context = context();
            ValidationSupportChain support = new ValidationSupportChain(new DefaultProfileValidationSupport(context),
                    new SnapshotGeneratingValidationSupport(context), new InMemoryTerminologyServerValidationSupport(context),
                    new CommonCodeSystemsTerminologyService(context));
            validator = context.newValidator().registerValidatorModule(new FhirInstanceValidator(support));
        }
        return validator;
    }

    private static String describe(SingleValidationMessage message) {
        return message.getLocationString() + ": " + message.getMessage();
    }
}
