/**
 * The planning engine: dydisnix's QoS filters, id assignment and infrastructure augmentation over
 * the EMF model, without Xtext.
 *
 * <ul>
 * <li>{@link org.dynadeploy.planner.PolicyExecutor} runs a {@link org.dynadeploy.model.Policy} in a
 * {@link org.dynadeploy.planner.PlanningContext} (models, optional previous distribution) and
 * returns a {@link org.dynadeploy.planner.PlanResult}: the distribution and its
 * {@link org.dynadeploy.planner.explain.Explanation}.</li>
 * <li>{@link org.dynadeploy.planner.CandidateDistribution} is the immutable, int-indexed candidate
 * distribution every {@link org.dynadeploy.planner.FilterStep} maps to a new one; the built-in
 * filters are in {@link org.dynadeploy.planner.filters} and listed by
 * {@link org.dynadeploy.planner.FilterRegistry}.</li>
 * <li>{@link org.dynadeploy.planner.ids.IdAssigner} hands out unique ids;
 * {@link org.dynadeploy.planner.augment.InfrastructureAugmenter} applies augmentation rules and
 * resolves secrets.</li>
 * </ul>
 *
 * Every user error is a {@link org.dynadeploy.planner.PlanningException} with a complete message.
 * Differences from dydisnix are listed in {@code docs/dydisnix-compatibility.md}.
 */
package org.dynadeploy.planner;
