import {
  getMetadataStorage,
  IsInt,
  IsString,
  Min,
  registerDecorator,
  validate,
} from 'class-validator';
import { keepValidationRules } from './validation-rules-cache';

keepValidationRules();

class Page {
  @IsInt()
  @Min(1)
  first!: unknown;
}

class NamedPage extends Page {
  @IsString()
  name!: unknown;
}

const failing = async (value: object): Promise<string[]> =>
  (await validate(value)).map((error) => error.property).sort();

const rulesOf = (type: new () => object) =>
  getMetadataStorage().getTargetValidationMetadatas(type, '', false, false);

describe('keepValidationRules', () => {
  it('looks a class’s rules up once, and answers the same rules after', () => {
    const first = rulesOf(NamedPage);
    expect(rulesOf(NamedPage)).toBe(first);
    // Its own rule and the two it inherits.
    expect(first.map((rule) => rule.propertyName).sort()).toEqual(['first', 'first', 'name']);
  });

  it('validates as class-validator does: own and inherited rules, each answer its own', async () => {
    expect(await failing(Object.assign(new NamedPage(), { first: 0, name: 3 }))).toEqual([
      'first',
      'name',
    ]);
    expect(await failing(Object.assign(new NamedPage(), { first: 2, name: 'x' }))).toEqual([]);
    expect(await failing(Object.assign(new Page(), { first: 'two' }))).toEqual(['first']);
  });

  it('gives a class defined after its parent was looked up its parent’s rules', async () => {
    rulesOf(Page);
    class LaterPage extends Page {
      @IsString()
      cursor!: unknown;
    }
    expect(await failing(Object.assign(new LaterPage(), { first: 0, cursor: 1 }))).toEqual([
      'cursor',
      'first',
    ]);
  });

  it('forgets what it kept when a rule is added to a class already looked up', async () => {
    class Note {
      @IsString()
      text!: unknown;
    }
    expect(await failing(Object.assign(new Note(), { text: 'hi', author: '' }))).toEqual([]);
    registerDecorator({
      name: 'isNotEmptyAuthor',
      target: Note,
      propertyName: 'author',
      validator: { validate: (value: unknown) => typeof value === 'string' && value !== '' },
    });
    expect(await failing(Object.assign(new Note(), { text: 'hi', author: '' }))).toEqual([
      'author',
    ]);
  });
});
