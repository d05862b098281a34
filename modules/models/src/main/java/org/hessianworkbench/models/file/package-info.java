/**
 * Fitted models saved to JSON and used for prediction on new data: the design of each formula or
 * feature group (factor levels included) and the coefficients, so that the same columns are built
 * on new data; leave-one-group-out predictions for product models (quantbullet's
 * {@code leave_out_feature_group_predict}).
 */
package org.hessianworkbench.models.file;
