/**
 * How a node stops: the job executor stops taking jobs, the jobs it holds finish (or roll back)
 * while the database is still open, and only then do the engine and the database close.
 */
package vn.ct15.workflow.lifecycle;
