// Placeholder until the feature lands; replace the body, keep the export.
import { renderPlaceholder } from './placeholder.js';

export function render(container) {
  renderPlaceholder(container, 'cases.title', 'cases.intro');
}
