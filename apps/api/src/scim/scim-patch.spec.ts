import { SCHEMA_ENTERPRISE_USER, SCHEMA_PATCH_OP } from './scim.constants';
import { ScimErrorType, ScimException } from './scim.exception';
import { parseScimFilter } from './scim-filter';
import { parsePatchRequest, parseScimPath } from './scim-patch';

function scimTypeOf(work: () => unknown): ScimErrorType | undefined {
  try {
    work();
  } catch (error) {
    if (error instanceof ScimException) return error.scimType;
    throw error;
  }
  throw new Error('expected a ScimException');
}

describe(parseScimPath.name, () => {
  it('reads dotted, filtered and extension paths case-insensitively', () => {
    expect(parseScimPath('name.givenName')).toEqual({ extension: null, attribute: 'name', filter: null, subAttribute: 'givenname' });
    expect(parseScimPath('emails[type eq "work"].value')).toEqual({ extension: null, attribute: 'emails', filter: { attribute: 'type', value: 'work' }, subAttribute: 'value' });
    expect(parseScimPath('members[value eq "a\\"b"]').filter).toEqual({ attribute: 'value', value: 'a"b' });
    expect(parseScimPath(`${SCHEMA_ENTERPRISE_USER}:department`)).toEqual({ extension: SCHEMA_ENTERPRISE_USER.toLowerCase(), attribute: 'department', filter: null, subAttribute: null });
    expect(parseScimPath('urn:ietf:params:scim:schemas:core:2.0:User:userName').attribute).toBe('username');
  });

  it.each(['', 'emails[type', 'name..givenName', 'a b', '1abc'])('refuses %p as invalidPath', (path) => {
    expect(scimTypeOf(() => parseScimPath(path))).toBe(ScimErrorType.InvalidPath);
  });
});

describe(parsePatchRequest.name, () => {
  it('accepts Entra ID capitalised ops and spreads path-less values into attributes', () => {
    const operations = parsePatchRequest({
      schemas: [SCHEMA_PATCH_OP],
      Operations: [
        { op: 'Replace', path: 'active', value: 'False' },
        { op: 'Add', value: { 'name.familyName': 'Jones', name: { givenName: 'Aled' }, [SCHEMA_ENTERPRISE_USER]: { department: 'Housing' } } },
      ],
    });
    expect(operations.map(({ op, path, value }) => [op, path.extension ? 'enterprise' : null, path.attribute, path.subAttribute, value])).toEqual([
      ['replace', null, 'active', null, 'False'],
      ['add', null, 'name', 'familyname', 'Jones'],
      ['add', null, 'name', 'givenname', 'Aled'],
      ['add', 'enterprise', 'department', null, 'Housing'],
    ]);
  });

  it.each([
    [{ Operations: [] }, ScimErrorType.InvalidSyntax],
    [{ schemas: ['urn:other'], Operations: [{ op: 'add', path: 'title', value: 'x' }] }, ScimErrorType.InvalidSyntax],
    [{ Operations: [{ op: 'copy', path: 'title' }] }, ScimErrorType.InvalidSyntax],
    [{ Operations: [{ op: 'remove' }] }, ScimErrorType.NoTarget],
    [{ Operations: [{ op: 'add', value: 'x' }] }, ScimErrorType.InvalidSyntax],
    [{ Operations: [{ op: 'add', path: 42, value: 'x' }] }, ScimErrorType.InvalidPath],
  ])('refuses %j', (body, scimType) => {
    expect(scimTypeOf(() => parsePatchRequest(body))).toBe(scimType);
  });
});

describe(parseScimFilter.name, () => {
  it('reads an equality on an allowed attribute, whatever its case', () => {
    expect(parseScimFilter('USERNAME eq "Sam@Council.gov.uk"', ['userName'])).toEqual({ attribute: 'userName', value: 'Sam@Council.gov.uk' });
    expect(parseScimFilter(undefined, ['userName'])).toBeNull();
  });

  it.each([['userName sw "a"'], ['displayName eq "a"'], ['userName eq "a" and active eq true'], [['a', 'b']]])('refuses %p as invalidFilter', (filter) => {
    expect(scimTypeOf(() => parseScimFilter(filter, ['userName']))).toBe(ScimErrorType.InvalidFilter);
  });
});
