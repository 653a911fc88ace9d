import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseYaml, renderBoshTemplate } from '../../support/renderBoshTemplate.js';

// The release tests trust this renderer to behave like BOSH's; these pin the rules they rely on.
describe('render-bosh-template.rb, the stand-in for BOSH’s template renderer', () => {
  const dir = mkdtempSync(join(tmpdir(), 't-release-renderer-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const spec = join(dir, 'spec');
  writeFileSync(
    spec,
    [
      'name: sample_job',
      'properties:',
      '  a.b: { default: 1 }',
      '  a.c: { default: [x, y] }',
      '  a.d: { description: no default }',
      '  e: { default: plain }',
    ].join('\n'),
  );
  const render = (template: string, properties: Record<string, unknown>, instance?: Record<string, unknown>): string => {
    const path = join(dir, `t${Math.random().toString(16).slice(2)}.erb`);
    writeFileSync(path, template);
    return renderBoshTemplate(spec, path, { properties, ...(instance ? { spec: instance } : {}) });
  };

  it('takes the manifest value over the default, and the default where the manifest is silent', () => {
    expect(render("<%= p('a.b') %>/<%= p('e') %>", { a: { b: 7 } })).toBe('7/plain');
  });

  it('gives a section as one hash of its declared keys, defaults included', () => {
    expect(render("<%= JSON.generate(p('a')) %>", { a: { d: 'set' } })).toBe('{"b":1,"c":["x","y"],"d":"set"}');
  });

  it('hides properties the job spec does not declare', () => {
    expect(render("<%= p('a.z', 'fallback') %>", { a: { z: 'undeclared' } })).toBe('fallback');
  });

  it('fails on a property that is neither set nor defaulted, as `bosh deploy` does', () => {
    expect(() => render("<%= p('a.d') %>", {})).toThrow(/Can't find property '\["a.d"\]'/);
  });

  it('runs an if_p block only when the property is set, and its else otherwise', () => {
    const template = "<% if_p('a.d') do |d| %>set:<%= d %><% end.else do %>unset<% end %>";
    expect(render(template, { a: { d: 'v' } })).toBe('set:v');
    expect(render(template, {})).toBe('unset');
  });

  it('exposes the instance spec and trims lines with -%>', () => {
    expect(render("<%- x = spec.az -%>\n<%= x %>", {}, { az: 'z1' })).toBe('z1');
  });

  it('parses YAML like BOSH (Psych), for manifests embedded in the docs', () => {
    expect(parseYaml('a: [1, "two"]\nb: {c: true}\n')).toEqual({ a: [1, 'two'], b: { c: true } });
  });
});
