import type { Element, ElementContent, Properties, Root, Text } from 'hast';
import { Parser } from 'htmlparser2';

/**
 * An HTML page as a tree of the hast shape the readers walk (elements with `tagName`,
 * `properties` and `children`; text nodes with the decoded `value`; every node with its source
 * offsets), built from htmlparser2's events. parse5 with source positions cost about 1 ms a
 * page, most of an HTML report's reading, and the conversion of its tree to hast more again;
 * htmlparser2 gives the same offsets at a fifth of that. It does not run the HTML5 tree
 * construction algorithm, but it closes what a page leaves open (`<p>`, `<td>`, `<tr>`, `<li>`)
 * as browsers do, which is what report pages need.
 *
 * A text node is cut where an entity is: each piece keeps the exact source range of its
 * decoded text, so that a number written with `&nbsp;` still points at its characters.
 */
export function parseHtml(html: string): Root {
  const root: Root = { type: 'root', children: [] };
  const open: Array<Element | Root> = [root];
  const top = () => open[open.length - 1];
  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        const start = parser.startIndex;
        const element: Element = {
          type: 'element',
          tagName: name,
          properties: propertiesOf(attributes),
          children: [],
          position: { start: at(start), end: at(start) },
        };
        (top().children as ElementContent[]).push(element);
        open.push(element);
      },
      onclosetag(name, isImplied) {
        const element = top();
        if (element.type !== 'element' || element.tagName !== name) return;
        // An element closed by the tag that opens the next one ends where that tag starts.
        const end = isImplied ? parser.startIndex : parser.endIndex + 1;
        element.position!.end = at(Math.min(Math.max(end, element.position!.start.offset!), html.length));
        open.pop();
      },
      ontext(value) {
        const text: Text = { type: 'text', value, position: { start: at(parser.startIndex), end: at(parser.endIndex + 1) } };
        (top().children as ElementContent[]).push(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: false },
  );
  parser.end(html);
  // Elements never closed (the page was cut short) end with it.
  for (const element of open) if (element.type === 'element') element.position!.end = at(html.length);
  return root;
}

/** A position with only the offset: the readers turn offsets into lines and columns themselves. */
function at(offset: number) {
  return { line: 0, column: 0, offset };
}

/** The attributes the readers look at, named and typed as hast names them. */
function propertiesOf(attributes: Record<string, string>): Properties {
  const properties: Properties = {};
  for (const name in attributes) {
    if (name === 'hidden') properties.hidden = true;
    else if (name === 'role') properties.role = attributes[name];
    else if (name === 'colspan') properties.colSpan = attributes[name];
    else if (name === 'rowspan') properties.rowSpan = attributes[name];
  }
  return properties;
}
