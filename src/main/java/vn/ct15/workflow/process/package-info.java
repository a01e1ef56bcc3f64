/**
 * What every process of the plan shares in the engine: how a model names its tasks for the diagram
 * and for the people who do them.
 */
package vn.ct15.workflow.process;
