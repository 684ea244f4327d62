import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionSchemas, markdownCollections, type CollectionName } from './lib/content-validation';

/**
 * Entries are named by their file name alone, so folders per gemeente are only for editors' order:
 * content/activiteiten/ens/wandelgroep-ens.md has the id "wandelgroep-ens" and URL /activiteiten/wandelgroep-ens/.
 */
function idFromFileName({ entry }: { entry: string }): string {
  return entry.replace(/^.*\//, '').replace(/\.(md|ya?ml)$/, '');
}

function loaderFor(name: CollectionName) {
  return glob({
    pattern: markdownCollections.has(name) ? '**/*.md' : '**/*.yaml',
    base: `./content/${name}`,
    generateId: idFromFileName,
  });
}

// Written out per collection (not mapped) so that Astro infers each entry's data type.
export const collections = {
  gemeenten: defineCollection({ loader: loaderFor('gemeenten'), schema: collectionSchemas.gemeenten }),
  gebieden: defineCollection({ loader: loaderFor('gebieden'), schema: collectionSchemas.gebieden }),
  organisaties: defineCollection({ loader: loaderFor('organisaties'), schema: collectionSchemas.organisaties }),
  locaties: defineCollection({ loader: loaderFor('locaties'), schema: collectionSchemas.locaties }),
  activiteiten: defineCollection({ loader: loaderFor('activiteiten'), schema: collectionSchemas.activiteiten }),
  schoolvakanties: defineCollection({ loader: loaderFor('schoolvakanties'), schema: collectionSchemas.schoolvakanties }),
};
