/** HTTP plumbing shared by all features: the JAX-RS application, security headers, body limits, request log. */
package de.pilotnetz.platform.web;
