import type { callLabelsEn } from './en';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** O que cada chamada ao CRM faz, como as prévias, os leads de teste e os registros a nomeiam. */
export const callLabelsPtBR: Shape<typeof callLabelsEn> = {
  callLabels: {
    checkConnection: 'Verificar a conexão',
    syncContact: 'Criar ou atualizar o contato',
    readListMemberships: 'Ler as listas do contato',
    listLists: 'Listar as listas',
    listTags: 'Listar as tags',
    listCustomFields: 'Listar os campos personalizados',
    createTag: 'Criar a tag “{{name}}”',
    addTag: 'Adicionar a tag “{{name}}”',
    addToList: 'Adicionar à lista “{{name}}”',
    createCustomField: 'Criar o campo personalizado “{{name}}”',
    findAccount: 'Buscar a conta',
    createAccount: 'Criar a conta “{{name}}”',
    linkAccount: 'Vincular o contato à conta “{{name}}”',
    readAccountDetails: 'Ler os dados da conta',
    listContactProperties: 'Listar as propriedades de contato',
    createContactProperty: 'Criar a propriedade de contato “{{name}}”',
    upsertContact: 'Criar ou atualizar o contato',
    updateContact: 'Atualizar o contato',
    findCompany: 'Buscar a empresa “{{name}}”',
    createCompany: 'Criar a empresa “{{name}}”',
    readConnectedUser: 'Ler o usuário conectado',
    listLeadLabels: 'Listar as etiquetas de lead',
    createLeadLabel: 'Criar a etiqueta de lead “{{name}}”',
    listPersonFields: 'Listar os campos de pessoa',
    findPerson: 'Buscar a pessoa {{name}}',
    createPerson: 'Criar a pessoa',
    updatePerson: 'Atualizar a pessoa',
    findOrganization: 'Buscar a organização “{{name}}”',
    createOrganization: 'Criar a organização “{{name}}”',
    listPersonLeads: 'Listar os leads da pessoa',
    createLead: 'Criar o lead',
    deliverLead: 'Entregar o lead',
  },
};
