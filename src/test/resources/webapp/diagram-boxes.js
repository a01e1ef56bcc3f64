// What bpmn-js drew: for every element of the diagram shown, its outline, its text and its markers,
// in page pixels. Run by DiagramsBrowserTest in Cockpit's process definition page.
const box = (node) => {
  const r = node.getBoundingClientRect();
  return r.width === 0 && r.height === 0 ? null : { x: r.left, y: r.top, w: r.width, h: r.height };
};
const union = (nodes) => {
  const boxes = nodes.map(box).filter((b) => b);
  if (!boxes.length) return null;
  const x = Math.min(...boxes.map((b) => b.x)), y = Math.min(...boxes.map((b) => b.y));
  return { x, y, w: Math.max(...boxes.map((b) => b.x + b.w)) - x, h: Math.max(...boxes.map((b) => b.y + b.h)) - y };
};
const container = document.querySelector('.djs-container');
return Array.from(container.querySelectorAll('g.djs-element[data-element-id]')).map((g) => {
  const visual = g.querySelector(':scope > .djs-visual');
  const shape = visual && visual.firstElementChild;
  return {
    id: g.getAttribute('data-element-id'),
    connection: g.classList.contains('djs-connection'),
    outline: shape && shape.tagName !== 'text' ? box(shape) : null,
    text: visual ? union(Array.from(visual.querySelectorAll('text tspan'))) : null,
    words: visual ? Array.from(visual.querySelectorAll('text')).map((t) => t.textContent).join(' ') : '',
    markers: visual ? Array.from(visual.querySelectorAll('[data-marker]')).map(box).filter((b) => b) : [],
    // the task type's icon (a user's head, a gear) drawn in the shape's top left corner
    icons: visual ? Array.from(visual.children).slice(1)
      .filter((child) => child.tagName !== 'text' && !child.hasAttribute('data-marker') && !child.closest('[data-marker]'))
      .map(box).filter((b) => b) : []
  };
});
