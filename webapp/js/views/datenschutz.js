// Legal page placeholder; the text comes from the programme operator.
import { renderPlaceholder } from './placeholder.js';

export function render(container) {
  renderPlaceholder(container, 'privacy.title', null, 'legal.pending');
}
